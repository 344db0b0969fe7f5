# case: chiller staging returns all chiller loads when demand is high but only the lead-chiller slice otherwise, branch chosen by a tensor comparison -> error (branches return different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChillerStaging(nn.Cell):
    def __init__(self, n_chillers=4, capacity_kw=350.0, stage_up_ratio=0.8):
        super().__init__()
        self.n_chillers = n_chillers
        self.capacity = capacity_kw
        self.stage_up = stage_up_ratio

    def construct(self, demand_kw, efficiency):
        per_chiller = demand_kw / self.n_chillers
        loads = per_chiller * ops.ones((self.n_chillers,), ms.float32) / efficiency
        if demand_kw > self.stage_up * self.capacity:
            out = loads
        else:
            out = loads[:1] * self.n_chillers
        return out


def make():
    np.random.seed(26)
    net = ChillerStaging()
    demand = Tensor(np.array(420.0, np.float32))
    eff = Tensor((0.8 + 0.1 * np.random.rand(4)).astype(np.float32))
    return net, (demand, eff)
