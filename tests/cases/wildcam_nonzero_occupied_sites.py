# case: find (site, survey) pairs where the species was detected via ops.nonzero and gather their covariates -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupiedSiteCovariates(nn.Cell):
    def __init__(self, num_cov=3):
        super().__init__()
        self.num_cov = num_cov

    def construct(self, detections, site_cov):
        idx = ops.nonzero(detections)
        site_idx = idx[:, 0]
        covs = ops.gather(site_cov, site_idx, 0)
        return idx, covs.mean(axis=0)


def make():
    np.random.seed(4)
    det = (np.random.rand(10, 4) > 0.7).astype(np.int32)
    det[0, 0] = 1
    detections = Tensor(det)
    site_cov = Tensor(np.random.randn(10, 3).astype(np.float32))
    return OccupiedSiteCovariates(), (detections, site_cov)
