# case: RMS loudness normaliser that logs the measured level with an f-string of a tensor and float() -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def db_to_gain(db):
    return 10.0 ** (db / 20.0)


class LoudnessNormalizer(nn.Cell):
    def __init__(self, target_db=-20.0, max_gain_db=24.0, verbose=True):
        super().__init__()
        self.target_db = target_db
        self.max_gain_db = max_gain_db
        self.verbose = verbose

    def measure_db(self, audio):
        rms = ops.sqrt((audio ** 2).mean() + 1e-10)
        return 20.0 * ops.log10(rms)

    def construct(self, audio):
        level = self.measure_db(audio)
        gain_db = ops.clip(self.target_db - level, -self.max_gain_db, self.max_gain_db)
        if self.verbose:
            print(f"measured {float(level):.2f} dB, applying {float(gain_db):.2f} dB")
        return audio * db_to_gain(gain_db)


def make():
    np.random.seed(14)
    audio = Tensor((0.05 * np.random.randn(2, 400)).astype(np.float32))
    return LoudnessNormalizer(), (audio,)
