# case: multi-sweep point encoder concatenates current and previous sweep features, falling back to duplicating the current sweep in an except clause -> try/except in construct should be refused in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SweepConfig:
    in_channels = 5
    hidden = 32
    use_time_lag = True


class SweepPointEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_time_lag = getattr(config, "use_time_lag", False)
        extra = 1 if self.use_time_lag else 0
        self.mlp = nn.SequentialCell([nn.Dense(2 * (config.in_channels + extra), config.hidden), nn.ReLU()])

    def _with_lag(self, pts, lag):
        if not self.use_time_lag:
            return pts
        return ops.concat((pts, ops.full_like(pts[:, :1], lag)), axis=1)

    def construct(self, cur_points, prev_points):
        cur = self._with_lag(cur_points, 0.0)
        try:
            prev = self._with_lag(prev_points, 0.1)
            feats = ops.concat((cur, prev), axis=1)
        except ValueError:
            feats = ops.concat((cur, cur), axis=1)
        return self.mlp(feats).max(axis=0)


def make():
    np.random.seed(3694)
    cur = Tensor(np.random.randn(128, 5).astype(np.float32))
    prev = Tensor(np.random.randn(128, 5).astype(np.float32))
    return SweepPointEncoder(SweepConfig()), (cur, prev)
