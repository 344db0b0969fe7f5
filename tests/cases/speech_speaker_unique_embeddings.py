# case: diarization head averages embeddings per distinct speaker id found with ops.unique -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerCentroids(nn.Cell):
    def __init__(self, feat_dim=12, emb_dim=8, normalize=True):
        super().__init__()
        self.embed = nn.Dense(feat_dim, emb_dim)
        self.normalize = normalize

    def l2norm(self, x):
        return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + 1e-6)

    def construct(self, frames, speaker_ids):
        emb = self.embed(frames)
        if self.normalize:
            emb = self.l2norm(emb)
        # one centroid per speaker that actually occurs in the segment
        spk, inv = ops.unique(speaker_ids)
        sums = ops.unsorted_segment_sum(emb, inv, spk.shape[0])
        counts = ops.unsorted_segment_sum(ops.ones_like(emb[:, :1]), inv, spk.shape[0])
        return sums / counts, spk


def make():
    np.random.seed(5)
    frames = Tensor(np.random.randn(10, 12).astype(np.float32))
    ids = Tensor(np.array([3, 3, 7, 7, 7, 3, 9, 9, 3, 7], dtype=np.int32))
    return SpeakerCentroids(), (frames, ids)
