# case: trims a fermentation gravity curve to the active phase whose length is counted from readings above terminal gravity -> slice end taken from a tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActivePhaseTrimmer(nn.Cell):
    def __init__(self, terminal_gravity=1.012):
        super().__init__()
        self.terminal_gravity = terminal_gravity

    def count_active(self, sg):
        active = (sg > self.terminal_gravity).astype(ms.int32)
        return active.sum()

    def construct(self, sg_curve):
        n_active = self.count_active(sg_curve)
        active_part = sg_curve[:n_active]
        drop = active_part[0] - active_part[-1]
        return drop / active_part.shape[0]


def make():
    np.random.seed(0)
    days = np.arange(14, dtype=np.float32)
    sg = 1.050 - 0.040 * (1 - np.exp(-days / 3.0)) + np.random.randn(14).astype(np.float32) * 0.0005
    return ActivePhaseTrimmer(), (Tensor(sg.astype(np.float32)),)
