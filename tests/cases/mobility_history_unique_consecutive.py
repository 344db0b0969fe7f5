# case: next-place model collapses repeated consecutive check-ins with unique_consecutive before encoding -> dynamic shape at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlaceSequenceEncoder(nn.Cell):
    def __init__(self, n_places=30, dim=8):
        super().__init__()
        self.emb = nn.Embedding(n_places, dim)
        self.pos_decay = 0.8

    def construct(self, places):
        e = self.emb(places)
        n = e.shape[0]
        w = ops.pow(self.pos_decay, ops.arange(n - 1, -1, -1).astype(ms.float32))
        return (e * ops.expand_dims(w, 1)).sum(axis=0) / w.sum()


class NextPlacePredictor(nn.Cell):
    """Predicts the next place from a check-in history with stays collapsed."""

    def __init__(self, n_places=30, dim=8, collapse_repeats=True):
        super().__init__()
        self.encoder = PlaceSequenceEncoder(n_places, dim)
        self.out = nn.Dense(dim, n_places)
        self.collapse_repeats = collapse_repeats

    def construct(self, checkins):
        seq = checkins
        if self.collapse_repeats:
            seq = ops.unique_consecutive(checkins)
        h = self.encoder(seq)
        return self.out(ops.expand_dims(h, 0))


def make():
    checkins = Tensor(np.array([3, 3, 3, 7, 7, 1, 1, 1, 1, 12, 3, 3], dtype=np.int32))
    return NextPlacePredictor(), (checkins,)
