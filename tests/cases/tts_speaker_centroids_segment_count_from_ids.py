# case: GE2E-style speaker centroid table sized by the largest speaker id in the batch (num_segments from tensor data) -> compile error / dynamic at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UtteranceEncoder(nn.Cell):
    def __init__(self, n_mels=8, emb_dim=8, n_layers=2):
        super().__init__()
        self.convs = nn.CellList([
            nn.Conv1d(n_mels if i == 0 else emb_dim, emb_dim, 3, pad_mode="same", has_bias=True)
            for i in range(n_layers)
        ])
        self.act = nn.LeakyReLU(0.2)

    def construct(self, mel):
        h = mel.transpose(0, 2, 1)
        for conv in self.convs:
            h = self.act(conv(h))
        return h.mean(-1)


class GE2ECentroids(nn.Cell):
    def __init__(self, n_mels=8, emb_dim=8, init_scale=10.0):
        super().__init__()
        self.encoder = UtteranceEncoder(n_mels, emb_dim)
        self.scale = ms.Parameter(Tensor(init_scale, ms.float32), name="scale")

    def construct(self, mel, speaker_ids):
        emb = ops.L2Normalize(axis=-1)(self.encoder(mel))
        num_speakers = int(speaker_ids.max()) + 1
        sums = ops.unsorted_segment_sum(emb, speaker_ids, num_speakers)
        counts = ops.unsorted_segment_sum(ops.ones_like(emb[:, :1]), speaker_ids, num_speakers)
        centroids = sums / ops.maximum(counts, 1.0)
        logits = self.scale * ops.matmul(emb, centroids.T)
        return ops.cross_entropy(logits, speaker_ids)


def make():
    np.random.seed(15)
    mel = Tensor(np.random.randn(6, 5, 8).astype(np.float32))
    ids = Tensor(np.array([0, 0, 2, 2, 3, 3], dtype=np.int32))
    return GE2ECentroids(), (mel, ids)
