# case: energy predictor loss computed only on frames above a silence threshold, frames located with nonzero + gather_nd -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VariancePredictor(nn.Cell):
    def __init__(self, hidden=16, filter_size=16, kernel=3):
        super().__init__()
        self.conv = nn.SequentialCell([
            nn.Conv1d(hidden, filter_size, kernel, pad_mode="same", has_bias=True),
            nn.ReLU(),
            nn.Conv1d(filter_size, filter_size, kernel, pad_mode="same", has_bias=True),
            nn.ReLU(),
        ])
        self.norm = nn.LayerNorm((filter_size,))
        self.linear = nn.Dense(filter_size, 1)

    def construct(self, x):
        h = self.conv(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return self.linear(self.norm(h)).squeeze(-1)


class EnergyLoss(nn.Cell):
    def __init__(self, hidden=16, silence_db=-40.0):
        super().__init__()
        self.predictor = VariancePredictor(hidden)
        self.silence_db = silence_db

    def _speech_frames(self, energy_db):
        return ops.nonzero(energy_db > self.silence_db)

    def construct(self, x, energy_db):
        pred = self.predictor(x)
        idx = self._speech_frames(energy_db)
        pred_speech = ops.gather_nd(pred, idx)
        tgt_speech = ops.gather_nd(energy_db, idx)
        return ops.abs(pred_speech - tgt_speech).mean()


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    e = (np.random.randn(2, 12) * 20 - 30).astype(np.float32)
    return EnergyLoss(), (x, Tensor(e))
