# case: test-time flip augmentation splits the stacked batch at emb.shape[0] // 2 and fuses original and mirrored embeddings -> slice bound from shape, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TTAConfig:
    in_features = 48
    embedding_size = 24
    fuse = "sum"


class FlipTTAEmbedder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fuse = getattr(config, "fuse", "concat")
        self.backbone = nn.SequentialCell([nn.Dense(config.in_features, 64), nn.PReLU(), nn.Dense(64, config.embedding_size)])

    def _split(self, emb):
        n = emb.shape[0] // 2
        return emb[:n], emb[n:]

    def construct(self, images):
        emb = self.backbone(images)
        orig, flipped = self._split(emb)
        if self.fuse == "sum":
            fused = orig + flipped
        else:
            fused = ops.concat((orig, flipped), axis=1)
        return fused / ops.norm(fused, dim=1, keepdim=True)


def make():
    np.random.seed(37624)
    x = np.random.randn(4, TTAConfig.in_features).astype(np.float32)
    return FlipTTAEmbedder(TTAConfig()), (Tensor(np.concatenate([x, x[:, ::-1]], axis=0)),)
