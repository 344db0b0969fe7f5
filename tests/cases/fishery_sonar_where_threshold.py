# case: weighted mean depth of sonar cells above the school threshold using ops.where with a zero fill -> three-argument where keeps shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchoolDetector(nn.Cell):
    def __init__(self, n_range=120, threshold_db=-55.0, range_res_m=0.5):
        super().__init__()
        self.threshold_db = threshold_db
        depths = np.arange(n_range, dtype=np.float32) * range_res_m
        self.depth_axis = Tensor(depths.reshape(-1, 1))

    def to_db(self, sv):
        return 10.0 * ops.log(sv + 1e-10) / 2.302585

    def construct(self, sv_linear):
        sv_db = self.to_db(sv_linear)
        hit = sv_db > self.threshold_db
        w = ops.where(hit, sv_linear, ops.zeros_like(sv_linear))
        depth_w = (w * self.depth_axis).sum()
        mean_depth = depth_w / (w.sum() + 1e-12)
        return mean_depth, hit.astype(ms.int32).sum()


def make():
    np.random.seed(16)
    sv = np.random.uniform(1e-8, 1e-6, size=(120, 16)).astype(np.float32)
    sv[40:52, 5:9] = 1e-4
    return SchoolDetector(), (Tensor(sv),)
