# case: cross-match every detection to its nearest catalogue star via a dense separation matrix, argmin and a match flag from the radius -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestNeighbourMatch(nn.Cell):
    def __init__(self, radius_arcsec=1.0):
        super().__init__()
        self.radius_deg = radius_arcsec / 3600.0

    def separation(self, ra1, dec1, ra2, dec2):
        cosd = ops.cos(ops.deg2rad(dec1)).expand_dims(1)
        dra = (ra1.expand_dims(1) - ra2.expand_dims(0)) * cosd
        ddec = dec1.expand_dims(1) - dec2.expand_dims(0)
        return ops.sqrt(dra * dra + ddec * ddec)

    def construct(self, ra_det, dec_det, ra_cat, dec_cat, mag_cat):
        sep = self.separation(ra_det, dec_det, ra_cat, dec_cat)
        best = ops.argmin(sep, axis=1)
        best_sep = sep.min(axis=1)
        matched = best_sep < self.radius_deg
        mag = ops.gather(mag_cat, best, 0)
        return best, matched, ops.where(matched, mag, ops.full_like(mag, 99.0))


def make():
    np.random.seed(39)
    ra_cat = np.random.uniform(200.0, 200.05, 15).astype(np.float32)
    dec_cat = np.random.uniform(30.0, 30.05, 15).astype(np.float32)
    ra_det = np.concatenate([ra_cat[:6] + 1e-5, np.random.uniform(200.0, 200.05, 3)]).astype(np.float32)
    dec_det = np.concatenate([dec_cat[:6] - 1e-5, np.random.uniform(30.0, 30.05, 3)]).astype(np.float32)
    mag_cat = np.random.uniform(14.0, 19.0, 15).astype(np.float32)
    return NearestNeighbourMatch(), (Tensor(ra_det), Tensor(dec_det), Tensor(ra_cat), Tensor(dec_cat), Tensor(mag_cat))
