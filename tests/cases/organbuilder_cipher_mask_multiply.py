# case: cipher detector flags sounding pipes whose level exceeds the ambient floor and zeroes the rest by multiplying with a float mask -> mask by multiplication, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CipherDetector(nn.Cell):
    """Find pipes that sound with no key pressed (ciphers) from per-pipe mic levels."""

    def __init__(self, n_pipes=61, floor_db=-45.0, use_leak_model=True):
        super().__init__()
        self.floor_db = floor_db
        self.use_leak_model = use_leak_model
        self.leak = nn.Dense(n_pipes, n_pipes)

    def construct(self, level_db, keys_down):
        silent_keys = 1.0 - keys_down
        loud = (level_db > self.floor_db).astype(ms.float32)
        cipher_mask = loud * silent_keys
        score = (level_db - self.floor_db) * cipher_mask
        if self.use_leak_model:
            score = score + ops.sigmoid(self.leak(cipher_mask)) * cipher_mask
        return score, cipher_mask.sum()


def make():
    np.random.seed(346)
    level = (-60.0 + 20.0 * np.random.rand(2, 61)).astype(np.float32)
    keys = (np.random.rand(2, 61) > 0.9).astype(np.float32)
    return CipherDetector(), (Tensor(level), Tensor(keys))
