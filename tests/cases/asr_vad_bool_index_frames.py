# case: energy-based VAD that drops silent frames with boolean-mask indexing before encoding -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnergyVAD(nn.Cell):
    def __init__(self, threshold_db=-40.0, eps=1e-6):
        super().__init__()
        self.threshold_db = threshold_db
        self.eps = eps

    def construct(self, frames):
        energy = (frames ** 2).mean(axis=-1)
        energy_db = 10.0 * ops.log(energy + self.eps) / np.log(10.0)
        return energy_db > energy_db.max() + self.threshold_db


class VADEncoder(nn.Cell):
    def __init__(self, feat_dim=16, dim=24, use_vad=True):
        super().__init__()
        self.vad = EnergyVAD()
        self.encoder = nn.SequentialCell(nn.Dense(feat_dim, dim), nn.ReLU(), nn.Dense(dim, dim))
        self.use_vad = use_vad

    def construct(self, feats):
        if self.use_vad:
            speech = self.vad(feats)
            feats = feats[speech]
        return self.encoder(feats)


def make():
    np.random.seed(24)
    feats = np.random.randn(20, 16).astype(np.float32)
    feats[:5] *= 1e-5
    return VADEncoder(), (Tensor(feats),)
