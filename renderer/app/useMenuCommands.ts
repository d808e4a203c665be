import { useEffect } from 'react';
import { onMenu } from '../api';
import { handleMenuEvent } from './handleMenuEvent';

/** Carries out the application menu's commands while the window lives. */
export function useMenuCommands(): void {
  useEffect(() => onMenu(handleMenuEvent), []);
}
