# case: contrastive decode head that builds a sparse pixel-to-class assignment COOTensor from the labels and densifies it to average pixel embeddings into class prototypes -> COOTensor built in construct (sparse, may be rejected or unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProtoConfig:
    in_channels = 8
    embed_dims = 16
    num_classes = 4
    ignore_index = 255


class PrototypeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.ignore_index = config.ignore_index
        self.proj = nn.Dense(config.in_channels, config.embed_dims)

    def _assignment(self, seg_label):
        flat = seg_label.reshape(-1)
        valid = flat != self.ignore_index
        cls = ops.where(valid, flat, ops.zeros_like(flat))
        rows = ops.arange(flat.shape[0], dtype=ms.int32)
        indices = ops.stack((rows, cls), axis=1)
        values = valid.astype(ms.float32)
        return ms.COOTensor(indices, values, (flat.shape[0], self.num_classes))

    def construct(self, feat, seg_label):
        n, c, h, w = feat.shape
        emb = self.proj(feat.transpose(0, 2, 3, 1).reshape(n * h * w, c))
        emb = ops.L2Normalize(axis=-1)(emb)
        assign = self._assignment(seg_label).to_dense()
        counts = ops.clamp(assign.sum(axis=0), min=1.0)
        prototypes = ops.matmul(assign.T, emb) / counts.expand_dims(1)
        return prototypes


def make():
    np.random.seed(3461)
    feat = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    label = np.random.randint(0, 4, (2, 8, 8)).astype(np.int32)
    label[:, 0] = 255
    return PrototypeHead(ProtoConfig()), (feat, Tensor(label))
