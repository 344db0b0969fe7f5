# case: decoder step logs the chosen action with an f-string of tensor values and print inside construct -> may error or fall back in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ACTION_NAMES = ["SELECT", "FROM", "WHERE", "GROUP_BY", "ORDER_BY", "END"]


class ActionStep(nn.Cell):
    def __init__(self, hidden=16, verbose=True):
        super().__init__()
        self.head = nn.Dense(hidden, len(ACTION_NAMES))
        self.verbose = verbose

    def construct(self, state, valid):
        logits = self.head(state)
        logits = ops.masked_fill(logits, ops.logical_not(valid), -1e9)
        action = ops.argmax(logits, dim=-1)
        if self.verbose:
            print(f"step action={action} score={logits.max()}")
        return action, logits


def make():
    np.random.seed(17)
    state = Tensor(np.random.randn(16).astype(np.float32))
    valid = Tensor(np.array([True, True, False, False, True, True]))
    return ActionStep(), (state, valid)
