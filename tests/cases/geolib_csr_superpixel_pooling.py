# case: superpixel pooling averages pixel features per segment with a CSRTensor assignment matrix and a sparse-dense matmul -> CSR tensors in construct, expected to be a Graph-mode problem on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SuperpixelConfig:
    def __init__(self, num_segments=6, feature_dim=8, normalise=True):
        self.num_segments = num_segments
        self.feature_dim = feature_dim
        self.normalise = normalise


class SuperpixelPooling(nn.Cell):
    def __init__(self, config, num_pixels):
        super().__init__()
        self.shape = (config.num_segments, num_pixels)
        self.normalise = config.normalise

    def _assignment(self, indptr, indices, values):
        return ms.CSRTensor(indptr, indices, values, self.shape)

    def construct(self, pixel_feats, indptr, indices, values):
        assign = self._assignment(indptr, indices, values)
        pooled = assign.mm(pixel_feats)
        if self.normalise:
            pooled = pooled / ops.maximum(pooled.norm(dim=1, keepdim=True), 1e-6)
        return pooled


def make():
    np.random.seed(3385)
    n_pix, n_seg = 36, 6
    seg = np.sort(np.random.randint(0, n_seg, n_pix))
    counts = np.bincount(seg, minlength=n_seg)
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    indices = np.argsort(seg, kind="stable").astype(np.int32)
    values = (1.0 / counts[seg[indices]]).astype(np.float32)
    feats = Tensor(np.random.rand(n_pix, 8).astype(np.float32))
    net = SuperpixelPooling(SuperpixelConfig(num_segments=n_seg), n_pix)
    return net, (feats, Tensor(indptr), Tensor(indices), Tensor(values))
