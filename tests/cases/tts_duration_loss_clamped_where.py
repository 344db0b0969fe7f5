# case: duration predictor loss in log domain over valid phonemes; predicted integer durations clamped with ops.where and total mel length returned as a tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DurationHead(nn.Cell):
    def __init__(self, hidden=16, n_layers=2, kernel=3):
        super().__init__()
        self.convs = nn.SequentialCell(
            [nn.SequentialCell([nn.Conv1d(hidden, hidden, kernel, pad_mode="same", has_bias=True), nn.ReLU()])
             for _ in range(n_layers)])
        self.proj = nn.Conv1d(hidden, 1, 1, has_bias=True)

    def construct(self, x):
        return self.proj(self.convs(x.transpose(0, 2, 1))).squeeze(1)


class DurationModel(nn.Cell):
    def __init__(self, hidden=16, min_dur=1, max_dur=10, log_offset=1.0):
        super().__init__()
        self.head = DurationHead(hidden)
        self.min_dur = min_dur
        self.max_dur = max_dur
        self.log_offset = log_offset

    def predict_durations(self, log_dur, mask):
        dur = ops.round(ops.exp(log_dur) - self.log_offset)
        dur = ops.where(dur < self.min_dur, ops.full_like(dur, self.min_dur), dur)
        dur = ops.where(dur > self.max_dur, ops.full_like(dur, self.max_dur), dur)
        return (dur * mask).astype(ms.int32)

    def construct(self, x, target_dur, mask):
        log_dur = self.head(x)
        log_target = ops.log(target_dur.astype(ms.float32) + self.log_offset)
        loss = (((log_dur - log_target) ** 2) * mask).sum() / mask.sum()
        dur = self.predict_durations(log_dur, mask)
        mel_len = dur.sum(axis=1)
        return loss, dur, mel_len


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    td = Tensor(np.random.randint(1, 6, (2, 6)).astype(np.int32))
    m = np.ones((2, 6), np.float32); m[0, 4:] = 0
    return DurationModel(), (x, td, Tensor(m))
