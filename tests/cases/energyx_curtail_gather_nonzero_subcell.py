# case: a sub-cell picks the households whose load exceeds their contract via nonzero, the parent gathers and curtails them -> nonzero plus gather in a sub-cell, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverContractSelector(nn.Cell):
    def construct(self, load, contract):
        idx = ops.nonzero(load > contract)
        return idx.reshape(-1)


class CurtailmentPlanner(nn.Cell):
    def __init__(self, cut_fraction=0.3):
        super().__init__()
        self.selector = OverContractSelector()
        self.cut_fraction = cut_fraction

    def construct(self, load, contract):
        idx = self.selector(load, contract)
        over_load = ops.gather(load, idx, 0)
        over_contract = ops.gather(contract, idx, 0)
        cut = (over_load - over_contract) * self.cut_fraction
        return idx, cut


def make():
    np.random.seed(19)
    load = np.random.uniform(2.0, 12.0, size=(16,)).astype(np.float32)
    contract = np.full((16,), 7.0, dtype=np.float32)
    return CurtailmentPlanner(), (Tensor(load), Tensor(contract))
