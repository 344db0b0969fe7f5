# case: safety filter blacks out flagged images with ops.select on a broadcast per-image threshold mask, keeping the batch shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipImageEmbedStub(nn.Cell):
    def __init__(self, channels=3, dim=8):
        super().__init__()
        self.patch = nn.Conv2d(channels, dim, 4, stride=4, pad_mode="valid")

    def construct(self, images):
        return self.patch(images).mean(axis=(2, 3))


class ThresholdSafetyFilter(nn.Cell):
    def __init__(self, num_concepts=5, dim=8, thresholds=None):
        super().__init__()
        self.embedder = ClipImageEmbedStub(dim=dim)
        rs = np.random.RandomState(18)
        self.concepts = ms.Parameter(Tensor(rs.randn(num_concepts, dim).astype(np.float32)), name="concepts")
        if thresholds is None:
            thresholds = [0.3] * num_concepts
        self.thresholds = Tensor(np.array(thresholds, np.float32))

    def _concept_scores(self, emb):
        emb = emb / ops.norm(emb, dim=-1, keepdim=True)
        cpt = self.concepts / ops.norm(self.concepts, dim=-1, keepdim=True)
        return ops.matmul(emb, cpt.T)

    def construct(self, images):
        scores = self._concept_scores(self.embedder(images))
        flagged = (scores > self.thresholds).any(axis=-1)
        flag_img = ops.broadcast_to(flagged.reshape(-1, 1, 1, 1), images.shape)
        safe = ops.select(flag_img, ops.zeros_like(images), images)
        return safe, flagged


def make():
    np.random.seed(18)
    images = Tensor(np.random.rand(3, 3, 8, 8).astype(np.float32))
    return ThresholdSafetyFilter(), (images,)
