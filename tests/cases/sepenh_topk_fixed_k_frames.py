# case: speaker embedding pooled from the k most speech-like frames where k is a constructor argument, using topk and gather -> topk with a constant k keeps shapes static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKSpeakerPooling(nn.Cell):
    def __init__(self, n_bins=16, emb_dim=8, k=5):
        super().__init__()
        self.k = k
        self.vad_score = nn.Dense(n_bins, 1)
        self.embed = nn.Dense(n_bins, emb_dim)

    def construct(self, spec):
        # spec: (frames, bins) for one enrollment utterance
        scores = self.vad_score(spec).squeeze(-1)
        k = min(self.k, spec.shape[0])
        top_scores, idx = ops.topk(scores, k)
        frames = ops.gather(spec, idx, 0)
        weights = ops.softmax(top_scores, axis=0).expand_dims(-1)
        emb = ops.sum(self.embed(frames) * weights, dim=0)
        return emb / (ops.norm(emb) + 1e-8)


def make():
    np.random.seed(34)
    spec = np.abs(np.random.randn(14, 16)).astype(np.float32)
    return TopKSpeakerPooling(), (Tensor(spec),)
