# case: aperture photometry on fixed-size stamps with circular aperture and sky annulus masks precomputed in __init__ with NumPy -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def circular_masks(size, r_ap, r_in, r_out):
    c = (size - 1) / 2.0
    yy, xx = np.mgrid[0:size, 0:size]
    r = np.sqrt((xx - c) ** 2 + (yy - c) ** 2)
    ap = (r <= r_ap).astype(np.float32)
    ann = ((r >= r_in) & (r <= r_out)).astype(np.float32)
    return ap, ann


class AperturePhotometry(nn.Cell):
    def __init__(self, size=11, r_ap=2.5, r_in=3.5, r_out=5.0):
        super().__init__()
        ap, ann = circular_masks(size, r_ap, r_in, r_out)
        self.ap = Tensor(ap)
        self.ann = Tensor(ann)
        self.n_ap = float(ap.sum())
        self.n_ann = float(ann.sum())

    def construct(self, stamps):
        sky = (stamps * self.ann).sum(axis=(1, 2)) / self.n_ann
        raw = (stamps * self.ap).sum(axis=(1, 2))
        return raw - sky * self.n_ap


def make():
    np.random.seed(32)
    stamps = np.random.normal(50.0, 2.0, (6, 11, 11)).astype(np.float32)
    stamps[:, 5, 5] += np.random.uniform(100, 400, 6).astype(np.float32)
    return AperturePhotometry(), (Tensor(stamps),)
