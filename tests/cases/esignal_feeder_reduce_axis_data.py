# case: feeder energy summarizer sums a (feeder, day, hour) load cube over an axis chosen by an input tensor (0=feeders,1=days,2=hours) -> reduce axis from tensor value, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergySummary(nn.Cell):
    def __init__(self, kwh_per_sample=0.25):
        super().__init__()
        self.kwh_per_sample = kwh_per_sample

    def construct(self, load_kw, axis_sel):
        energy = load_kw * self.kwh_per_sample
        ax = int(axis_sel)
        return energy.sum(axis=ax)


def make():
    np.random.seed(171)
    cube = Tensor((np.random.rand(4, 7, 24) * 500).astype(np.float32))
    return EnergySummary(), (cube, Tensor(np.array(2, np.int32)))
