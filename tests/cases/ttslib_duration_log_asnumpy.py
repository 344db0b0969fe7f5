# case: duration predictor logs the total predicted frames through .asnumpy() inside construct when verbose flag is set -> error (asnumpy on a graph tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationConfig:
    hidden_size = 16
    kernel_size = 3
    verbose = True
    log_offset = 1.0


class DurationPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        k = config.kernel_size
        self.conv1 = nn.Conv1d(config.hidden_size, config.hidden_size, k, pad_mode="pad", padding=k // 2, has_bias=True)
        self.conv2 = nn.Conv1d(config.hidden_size, config.hidden_size, k, pad_mode="pad", padding=k // 2, has_bias=True)
        self.norm = nn.LayerNorm((config.hidden_size,))
        self.out = nn.Dense(config.hidden_size, 1)
        self.verbose = config.verbose
        self.log_offset = config.log_offset

    def _block(self, conv, x):
        h = ops.relu(conv(x.transpose(0, 2, 1))).transpose(0, 2, 1)
        return self.norm(h)

    def _total_frames(self, log_dur):
        frames = np.exp(log_dur.asnumpy()) - self.log_offset
        return float(frames.clip(0).sum())

    def construct(self, x, x_mask):
        h = self._block(self.conv2, self._block(self.conv1, x))
        log_dur = self.out(h).squeeze(-1) * x_mask
        if self.verbose:
            total = self._total_frames(log_dur)
            log_dur = log_dur + 0.0 * total
        return log_dur


def make():
    np.random.seed(25)
    cfg = DurationConfig()
    x = Tensor(np.random.randn(2, 14, cfg.hidden_size).astype(np.float32))
    mask = Tensor((np.arange(14)[None, :] < np.array([[14], [10]])).astype(np.float32))
    return DurationPredictor(cfg), (x, mask)
