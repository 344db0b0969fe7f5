# case: setlist planner adds the encore block only when applause energy is high, so the two branches return setlists of different lengths -> tensor-valued if with mismatched shapes, expect error
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
        if applause.mean() > self.applause_gate:
            plan = ops.concat((main, self.embed(encore_set)), axis=0)
        else:
            plan = main
        return plan


def make():
    np.random.seed(71)
    main = Tensor(np.random.rand(10, 8).astype(np.float32))
    enc = Tensor(np.random.rand(3, 8).astype(np.float32))
    applause = Tensor(np.random.rand(32).astype(np.float32))
    return SetlistPlanner(), (main, enc, applause)
