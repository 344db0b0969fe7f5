# case: occupancy cell prints an f-string with the per-site detection count tensor for debugging inside construct -> error or fallback: f-string formatting of tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SiteDetectionLogger(nn.Cell):
    def __init__(self, site_name="ridge_north", verbose=True):
        super().__init__()
        self.site_name = site_name
        self.verbose = verbose

    def construct(self, history):
        counts = history.astype(ms.float32).sum(axis=1)
        occupied = (counts > 0).astype(ms.float32).mean()
        if self.verbose:
            print(f"site {self.site_name}: detections={counts}, psi={occupied}")
        return counts, occupied


def make():
    np.random.seed(13)
    history = Tensor((np.random.rand(6, 5) > 0.6).astype(np.int32))
    return SiteDetectionLogger(), (history,)
