# case: plain Python radar config object read in __init__; Doppler processing reshapes the frame using x.shape and config constants -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadarConfig:
    def __init__(self, n_chirps=8, n_samples=12, prf_hz=1000.0, fc_hz=77e9):
        self.n_chirps = n_chirps
        self.n_samples = n_samples
        self.v_res = 3e8 * prf_hz / (2 * fc_hz * n_chirps)


class DopplerProcessor(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or RadarConfig()
        n = cfg.n_chirps
        k = np.arange(n)
        ang = -2 * np.pi * np.outer(k, k) / n
        self.f_re = Tensor(np.cos(ang).astype(np.float32))
        self.f_im = Tensor(np.sin(ang).astype(np.float32))
        self.v_axis = Tensor(((k - n // 2) * cfg.v_res).astype(np.float32))

    def construct(self, frame):
        b = frame.shape[0]
        x = frame.reshape(b, self.f_re.shape[0], -1)          # (B, chirps, range)
        re = ops.matmul(self.f_re, x)
        im = ops.matmul(self.f_im, x)
        p = re * re + im * im
        h = x.shape[1] // 2
        rd = ops.concat((p[:, h:], p[:, :h]), axis=1)         # fftshift over Doppler
        v_idx = rd.max(axis=2).argmax(axis=1)
        return rd, self.v_axis[v_idx]


def make():
    np.random.seed(39)
    fr = Tensor(np.random.randn(2, 8 * 12).astype(np.float32))
    return DopplerProcessor(), (fr,)
