# case: trajectory metric cell prints minADE/minFDE with an f-string formatting tensor values when config.verbose is on (default) -> f-string of tensors in construct, expect error or graph print fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetricConfig:
    verbose = True
    miss_threshold = 2.0


class ForecastMetrics(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else MetricConfig()
        self.verbose = config.verbose
        self.miss_threshold = config.miss_threshold

    def _log(self, ade, fde, mr):
        if self.verbose:
            print(f"[metrics] minADE={ade} minFDE={fde} MR={mr}")

    def construct(self, pred, gt):
        err = ops.norm(pred - gt.expand_dims(1), dim=-1)
        min_ade = err.mean(axis=-1).min(axis=1).mean()
        fde = err[..., -1].min(axis=1)
        miss_rate = (fde > self.miss_threshold).astype(ms.float32).mean()
        min_fde = fde.mean()
        self._log(min_ade, min_fde, miss_rate)
        return min_ade, min_fde, miss_rate


def make():
    np.random.seed(25)
    pred = Tensor(np.random.randn(4, 6, 12, 2).astype(np.float32))
    gt = Tensor(np.random.randn(4, 12, 2).astype(np.float32))
    return ForecastMetrics(), (pred, gt)
