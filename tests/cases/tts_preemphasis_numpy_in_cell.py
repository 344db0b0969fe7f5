# case: mel decoder target preprocessing applies pre-emphasis and dB conversion with NumPy calls on tensors inside construct -> compile error at line 9
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def amp_to_db(mel, min_level_db=-100.0, ref_level_db=20.0):
    min_level = np.exp(min_level_db / 20 * np.log(10))
    return 20 * np.log10(np.maximum(min_level, mel)) - ref_level_db


def normalize_db(db, min_level_db=-100.0):
    return np.clip((db - min_level_db) / -min_level_db, 0, 1)


class MelTargetNormalizer(nn.Cell):
    def __init__(self, n_mels=8, ref_level_db=20.0, symmetric=False):
        super().__init__()
        self.ref_level_db = ref_level_db
        self.symmetric = symmetric
        self.proj = nn.Dense(n_mels, n_mels)

    def construct(self, mel_linear, mel_pred):
        db = amp_to_db(mel_linear, ref_level_db=self.ref_level_db)
        target = normalize_db(db)
        target = Tensor(target, ms.float32)
        if self.symmetric:
            target = 2 * target - 1
        return ops.mse_loss(self.proj(mel_pred), target)


def make():
    np.random.seed(17)
    lin = Tensor(np.abs(np.random.randn(2, 5, 8)).astype(np.float32))
    pred = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return MelTargetNormalizer(), (lin, pred)
