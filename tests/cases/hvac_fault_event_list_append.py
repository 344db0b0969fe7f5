# case: scans chiller condenser readings in a loop and appends the indices of fault steps to a Python list under a tensor condition, then stacks them -> error or dynamic (list length depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CondenserFaultScanner(nn.Cell):
    def __init__(self, n_steps=12, approach_limit=5.0):
        super().__init__()
        self.n_steps = n_steps
        self.approach_limit = approach_limit

    def construct(self, t_cond_leaving, t_ambient):
        approach = t_cond_leaving - t_ambient
        events = []
        for i in range(self.n_steps):
            if approach[i] > self.approach_limit:
                events.append(approach[i])
        if len(events) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(events)


def make():
    np.random.seed(16)
    net = CondenserFaultScanner()
    tcl = Tensor((30.0 + 4.0 * np.random.rand(12)).astype(np.float32))
    tamb = Tensor((26.0 + np.random.rand(12)).astype(np.float32))
    return net, (tcl, tamb)
