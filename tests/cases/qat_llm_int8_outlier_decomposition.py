# case: LLM.int8-style matmul splits outlier feature columns (col abs-max above threshold, found with argwhere) into an fp path and int8-quantizes the rest -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def int8_rowwise(x):
    scale = ops.abs(x).max(axis=-1, keepdims=True) / 127.0 + 1e-8
    return ops.round(x / scale), scale


class Int8OutlierLinear(nn.Cell):
    def __init__(self, in_features=16, out_features=8, outlier_threshold=3.0):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_features, in_features).astype(np.float32) * 0.1),
                                name="weight")
        self.outlier_threshold = outlier_threshold

    def split_columns(self, x):
        col_absmax = ops.abs(x).max(axis=0)
        outlier_cols = ops.argwhere(col_absmax > self.outlier_threshold).reshape(-1)
        return outlier_cols

    def construct(self, x):
        cols = self.split_columns(x)
        x_out = ops.gather(x, cols, 1)
        w_out = ops.gather(self.weight, cols, 1)
        fp_part = ops.matmul(x_out, w_out.T)
        col_mask = ops.ones(x.shape[1], ms.float32)
        col_mask = ops.tensor_scatter_elements(col_mask, cols, ops.zeros_like(cols).astype(ms.float32))
        xq, xs = int8_rowwise(x * col_mask)
        wq, ws = int8_rowwise(self.weight)
        int_part = ops.matmul(xq, wq.T) * xs * ws.T
        return fp_part + int_part


def make():
    np.random.seed(20)
    x = np.random.randn(4, 16).astype(np.float32)
    x[:, 3] *= 10.0
    return Int8OutlierLinear(), (Tensor(x),)
