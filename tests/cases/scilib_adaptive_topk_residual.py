# case: adaptive collocation sampler keeps the highest-residual points, how many is set by the count above tolerance -> top-k size comes from tensor values, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class SamplerConfig:
    tol: float = 0.05
    min_keep: int = 4
    use_abs: bool = True


def _residual_score(res, use_abs):
    return ops.abs(res) if use_abs else res * res


class AdaptiveResidualSampler(nn.Cell):
    def __init__(self, config: SamplerConfig):
        super().__init__()
        self.tol = config.tol
        self.min_keep = config.min_keep
        self.use_abs = config.use_abs

    def _num_to_keep(self, score):
        hot = (score > self.tol).astype(ms.int32).sum()
        return ops.maximum(hot, Tensor(self.min_keep, ms.int32))

    def construct(self, points, residual):
        score = _residual_score(residual.squeeze(-1), self.use_abs)
        k = self._num_to_keep(score)
        _, idx = ops.topk(score, int(k))
        return ops.gather(points, idx, 0)


def make():
    np.random.seed(1)
    pts = Tensor(np.random.rand(64, 2).astype(np.float32))
    res = Tensor((np.random.randn(64, 1) * 0.1).astype(np.float32))
    return AdaptiveResidualSampler(SamplerConfig()), (pts, res)
