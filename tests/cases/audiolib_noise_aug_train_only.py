# case: additive-noise and gain augmentation layers active only when self.training, drawing fresh Gaussian noise of the input's static shape and a per-utterance SNR from a fixed range -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugmentConfig:
    def __init__(self, snr_low_db=5.0, snr_high_db=20.0, gain_db=6.0, apply_gain=True):
        self.snr_low_db = snr_low_db
        self.snr_high_db = snr_high_db
        self.gain_db = gain_db
        self.apply_gain = apply_gain


def db_to_amp(db):
    return ops.pow(10.0, db / 20.0)


class AugmentBase(nn.Cell):
    def _rand_uniform(self, batch, low, high):
        return low + (high - low) * ops.rand((batch, 1))


class AddNoise(AugmentBase):
    def __init__(self, config):
        super().__init__()
        self.low, self.high = config.snr_low_db, config.snr_high_db

    def construct(self, wav):
        if not self.training:
            return wav
        snr = self._rand_uniform(wav.shape[0], self.low, self.high)
        sig_rms = ops.sqrt(ops.mean(wav * wav, axis=-1, keep_dims=True) + 1e-8)
        noise = ops.standard_normal(wav.shape)
        return wav + noise * sig_rms / db_to_amp(snr)


class RandomGain(AugmentBase):
    def __init__(self, config):
        super().__init__()
        self.gain_db = config.gain_db

    def construct(self, wav):
        if self.training:
            wav = wav * db_to_amp(self._rand_uniform(wav.shape[0], -self.gain_db, self.gain_db))
        return wav


class AugmentPipeline(nn.Cell):
    def __init__(self, config):
        super().__init__()
        augs = [AddNoise(config)] + ([RandomGain(config)] if config.apply_gain else [])
        self.augs = nn.CellList(augs)

    def construct(self, wav):
        for aug in self.augs:
            wav = aug(wav)
        return wav


def make():
    np.random.seed(3338)
    net = AugmentPipeline(AugmentConfig())
    net.set_train(True)
    wav = Tensor(np.random.randn(2, 800).astype(np.float32))
    return net, (wav,)
