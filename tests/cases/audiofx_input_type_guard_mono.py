# case: spectrogram front-end uses isinstance and ndim checks on the input to downmix stereo and accept a Python float gain -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEndConfig:
    def __init__(self, frame=16, hop=8):
        self.frame = frame
        self.hop = hop


class FramedEnergy(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else FrontEndConfig()
        self.frame = cfg.frame
        self.hop = cfg.hop

    def construct(self, audio, gain):
        if audio.ndim == 2:
            audio = audio.mean(axis=0)
        if isinstance(gain, float):
            audio = audio * gain
        n_frames = (audio.shape[0] - self.frame) // self.hop + 1
        energies = []
        for i in range(n_frames):
            seg = audio[i * self.hop: i * self.hop + self.frame]
            energies.append((seg ** 2).sum())
        return ops.stack(energies)


def make():
    np.random.seed(39)
    audio = Tensor((0.3 * np.random.randn(2, 64)).astype(np.float32))
    return FramedEnergy(), (audio, 0.5)
