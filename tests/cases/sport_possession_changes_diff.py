# case: count possession changes and per-frame change flags from the team sequence using shifted comparison and cumsum -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PossessionChanges(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, team_seq):
        changed = ops.not_equal(team_seq[1:], team_seq[:-1]).astype(ms.int32)
        flags = ops.concat([ops.zeros((1,), ms.int32), changed])
        spell_id = ops.cumsum(flags, 0)
        return spell_id, changed.sum()


def make():
    np.random.seed(25)
    seq = np.repeat(np.random.randint(0, 2, 8), np.random.randint(1, 6, 8)).astype(np.int32)
    return PossessionChanges(), (Tensor(seq),)
