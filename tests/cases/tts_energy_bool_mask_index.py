# case: energy regression loss over non-padded frames using boolean-mask indexing pred[mask] -> dynamic shape at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_pad_mask(lengths, max_len):
    positions = ops.arange(max_len).expand_dims(0)
    return positions < lengths.expand_dims(1)


class EnergyPredictor(nn.Cell):
    def __init__(self, hidden=16, n_bins=16, use_log=True):
        super().__init__()
        self.use_log = use_log
        self.fc = nn.SequentialCell([nn.Dense(hidden, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.energy_emb = nn.Embedding(n_bins, hidden)

    def construct(self, x):
        return self.fc(x).squeeze(-1)


class EnergyVarianceLoss(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.predictor = EnergyPredictor(hidden)
        self.mse = nn.MSELoss()

    def construct(self, x, energy, lengths):
        pred = self.predictor(x)
        if self.predictor.use_log:
            energy = ops.log(energy + 1.0)
        mask = make_pad_mask(lengths, x.shape[1])
        return self.mse(pred[mask], energy[mask])


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(3, 10, 16).astype(np.float32))
    energy = Tensor(np.abs(np.random.randn(3, 10)).astype(np.float32))
    lengths = Tensor(np.array([10, 7, 4], dtype=np.int32))
    return EnergyVarianceLoss(), (x, energy, lengths)
