# case: setlist planner scales the encore block by applause energy in a tensor if whose branches keep the same shape -> control flow on tensor, equal shapes, expect fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SetlistPlanner(nn.Cell):
    def __init__(self, n_feat=8, applause_gate=0.6):
        super().__init__()
        self.embed = nn.Dense(n_feat, n_feat)
        self.applause_gate = applause_gate

    def construct(self, main_set, encore_set, applause):
        main = ops.tanh(self.embed(main_set))
        encore = self.embed(encore_set)
        if applause.mean() > self.applause_gate:
            encore = encore * 1.0
        else:
            encore = encore * 0.0
        return ops.concat((main, encore), axis=0)


def make():
    np.random.seed(72)
    main = Tensor(np.random.rand(10, 8).astype(np.float32))
    enc = Tensor(np.random.rand(3, 8).astype(np.float32))
    applause = Tensor(np.random.rand(32).astype(np.float32))
    return SetlistPlanner(), (main, enc, applause)
