# case: cutting pattern evaluator splits the candidate pieces into the opening face half and the rest using x.shape[0] // 2 -> slice bound is a static shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FaceSplitEvaluator(nn.Cell):
    def __init__(self, log_length_mm=4800.0, face_weight=1.3):
        super().__init__()
        self.log_length_mm = log_length_mm
        self.face_weight = face_weight

    def construct(self, piece_lengths, piece_values):
        half = piece_lengths.shape[0] // 2
        face_vals = piece_values[:half] * self.face_weight
        core_vals = piece_values[half:]
        fits = ops.cast(ops.cumsum(piece_lengths, axis=0) <= self.log_length_mm, ms.float32)
        total = (ops.concat((face_vals, core_vals)) * fits).sum()
        return total, fits


def make():
    np.random.seed(3200)
    lengths = Tensor(np.random.choice([600., 900., 1200., 1800.], size=8).astype(np.float32))
    values = Tensor(np.random.rand(8).astype(np.float32) * 30)
    return FaceSplitEvaluator(), (lengths, values)
