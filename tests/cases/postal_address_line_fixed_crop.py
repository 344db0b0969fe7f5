# case: address block reader always keeps the first max_lines text rows (from config) before encoding -> constant slice, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AddressBlockReader(nn.Cell):
    def __init__(self, width=64, hidden=32, max_lines=5):
        super().__init__()
        self.max_lines = max_lines
        self.proj = nn.Dense(width, hidden)
        self.line_score = nn.Dense(width, 1)

    def construct(self, lines):
        kept = lines[:self.max_lines]
        weights = ops.softmax(self.line_score(kept).squeeze(-1), axis=0)
        feats = ops.relu(self.proj(kept))
        return (feats * weights.expand_dims(-1)).sum(axis=0)


def make():
    np.random.seed(2891)
    lines = Tensor(np.random.randn(8, 64).astype(np.float32))
    return AddressBlockReader(), (lines,)
