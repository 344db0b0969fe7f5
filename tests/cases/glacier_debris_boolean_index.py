# case: debris-covered glacier pixels selected with a boolean mask index before taking their mean temperature -> boolean-mask indexing, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebrisTemperature(nn.Cell):
    def __init__(self, debris_albedo=0.2):
        super().__init__()
        self.debris_albedo = debris_albedo

    def construct(self, albedo, lst):
        debris = albedo < self.debris_albedo
        debris_lst = lst[debris]
        clean_lst = lst[~debris]
        return debris_lst.mean() - clean_lst.mean()


def make():
    np.random.seed(9)
    alb = Tensor(np.random.uniform(0.05, 0.8, size=(10, 10)).astype(np.float32))
    lst = Tensor(np.random.uniform(260, 280, size=(10, 10)).astype(np.float32))
    return DebrisTemperature(), (alb, lst)
