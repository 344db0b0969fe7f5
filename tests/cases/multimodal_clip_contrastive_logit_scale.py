# case: CLIP contrastive loss with clamped learnable logit scale and arange labels from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ProjectionHead(nn.Cell):
    def __init__(self, in_dim, embed_dim=16):
        super().__init__()
        self.proj = nn.Dense(in_dim, embed_dim, has_bias=False)

    def construct(self, x):
        z = self.proj(x)
        return z / ops.norm(z, dim=-1, keepdim=True)


class ClipContrastiveLoss(nn.Cell):
    def __init__(self, img_dim=32, txt_dim=24, embed_dim=16, init_scale=1 / 0.07, max_scale=100.0):
        super().__init__()
        self.image_head = ProjectionHead(img_dim, embed_dim)
        self.text_head = ProjectionHead(txt_dim, embed_dim)
        self.logit_scale = Parameter(Tensor(np.log(init_scale), ms.float32), name="logit_scale")
        self.max_scale = max_scale
        self.ce = nn.CrossEntropyLoss()

    def construct(self, image_feats, text_feats):
        img = self.image_head(image_feats)
        txt = self.text_head(text_feats)
        scale = ops.clamp(ops.exp(self.logit_scale), 0.0, self.max_scale)
        logits_per_image = scale * ops.matmul(img, txt.T)
        logits_per_text = logits_per_image.T
        batch = image_feats.shape[0]
        labels = ops.arange(batch, dtype=ms.int32)
        loss = (self.ce(logits_per_image, labels) + self.ce(logits_per_text, labels)) / 2
        return loss, logits_per_image


def make():
    np.random.seed(0)
    net = ClipContrastiveLoss()
    img = Tensor(np.random.randn(6, 32).astype(np.float32))
    txt = Tensor(np.random.randn(6, 24).astype(np.float32))
    return net, (img, txt)
