# case: client uplink compressor keeps the top-k entries of the weight delta and packs them into an ms.COOTensor before densifying for the server -> sparse tensor built in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressionConfig:
    def __init__(self, topk_ratio=0.1, error_feedback=False):
        self.topk_ratio = topk_ratio
        self.error_feedback = error_feedback


class TopKCompressor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ratio = config.topk_ratio
        self.error_feedback = config.error_feedback

    def _num_kept(self, numel):
        return max(1, int(self.ratio * numel))

    def construct(self, delta):
        rows, cols = delta.shape
        flat = delta.reshape(-1)
        k = self._num_kept(flat.shape[0])
        _, idx = ops.topk(ops.abs(flat), k)
        indices = ops.stack((idx // cols, idx % cols), axis=1)
        values = ops.gather(flat, idx, 0)
        sparse_delta = ms.COOTensor(indices, values, (rows, cols))
        return sparse_delta.to_dense()


def make():
    np.random.seed(25)
    comp = TopKCompressor(CompressionConfig())
    return comp, (Tensor(np.random.randn(8, 16).astype(np.float32)),)
