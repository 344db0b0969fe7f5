# case: cutting pattern evaluator keeps only the pieces that fit on the log, with the count obtained via .item() and used as a slice length -> slice from tensor value, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FittingPieces(nn.Cell):
    def __init__(self, log_length_mm=4800.0):
        super().__init__()
        self.log_length_mm = log_length_mm

    def construct(self, piece_lengths, piece_values):
        positions = ops.cumsum(piece_lengths, axis=0)
        n_fit = (positions <= self.log_length_mm).astype(ms.int32).sum().item()
        fitted_values = piece_values[:n_fit]
        fitted_lengths = piece_lengths[:n_fit]
        yield_ratio = fitted_lengths.sum() / self.log_length_mm
        return fitted_values.sum(), yield_ratio


def make():
    np.random.seed(3199)
    lengths = Tensor(np.random.choice([600., 900., 1200., 1800.], size=8).astype(np.float32))
    values = Tensor(np.random.rand(8).astype(np.float32) * 30)
    return FittingPieces(), (lengths, values)
