# case: find the range/beam cells of a sonar ping above the school detection threshold with ops.nonzero and average their depth -> nonzero output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchoolDetector(nn.Cell):
    def __init__(self, threshold_db=-55.0, range_res_m=0.5):
        super().__init__()
        self.threshold_db = threshold_db
        self.range_res_m = range_res_m

    def to_db(self, sv):
        return 10.0 * ops.log(sv + 1e-10) / 2.302585

    def construct(self, sv_linear):
        sv_db = self.to_db(sv_linear)
        hits = ops.nonzero(sv_db > self.threshold_db)
        depth_m = hits[:, 0].astype(ms.float32) * self.range_res_m
        return depth_m.mean(), hits.shape[0]


def make():
    np.random.seed(15)
    sv = np.random.uniform(1e-8, 1e-6, size=(120, 16)).astype(np.float32)
    sv[40:52, 5:9] = 1e-4
    return SchoolDetector(), (Tensor(sv),)
