# case: duration predictor computes the padded frame budget with int() over shape values and config ints (looks like int(tensor)) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationConfig:
    hidden_size = 16
    kernel_size = 3
    max_frames_per_phone = 4
    verbose = False


class DurationPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        k = config.kernel_size
        self.convs = nn.CellList([
            nn.Conv1d(config.hidden_size, config.hidden_size, k, pad_mode="pad", padding=k // 2, has_bias=True)
            for _ in range(2)
        ])
        self.norms = nn.CellList([nn.LayerNorm((config.hidden_size,)) for _ in range(2)])
        self.out = nn.Dense(config.hidden_size, 1)
        self.max_per_phone = config.max_frames_per_phone
        self.verbose = config.verbose

    def construct(self, x, x_mask):
        n_phones = int(x.shape[1])
        frame_budget = int(n_phones * self.max_per_phone)
        h = x
        for conv, norm in zip(self.convs, self.norms):
            h = norm(ops.relu(conv(h.transpose(0, 2, 1))).transpose(0, 2, 1))
        log_dur = self.out(h).squeeze(-1) * x_mask
        dur = ops.clamp(ops.round(ops.exp(log_dur) - 1.0), 0.0, float(self.max_per_phone))
        if self.verbose:
            print("frame budget", frame_budget)
        mel_len = ops.clamp(dur.sum(axis=1), max=float(frame_budget))
        return dur, mel_len


def make():
    np.random.seed(26)
    cfg = DurationConfig()
    x = Tensor(np.random.randn(2, 14, cfg.hidden_size).astype(np.float32))
    mask = Tensor((np.arange(14)[None, :] < np.array([[14], [10]])).astype(np.float32))
    return DurationPredictor(cfg), (x, mask)
