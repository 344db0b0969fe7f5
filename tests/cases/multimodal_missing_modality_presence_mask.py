# case: per-sample presence mask blends real text features with a learned missing-text embedding via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PresenceAwareFusion(nn.Cell):
    def __init__(self, img_dim=20, txt_dim=12, hidden=16, num_classes=3, use_presence_token=True):
        super().__init__()
        self.img = nn.Dense(img_dim, hidden)
        self.txt = nn.Dense(txt_dim, hidden)
        self.missing_text = Parameter(Tensor(np.zeros((1, hidden), np.float32)), name="missing_text")
        self.presence_emb = nn.Embedding(2, hidden)
        self.use_presence_token = use_presence_token
        self.head = nn.Dense(hidden, num_classes)

    def construct(self, image, text, text_present):
        t = self.txt(text)
        present = text_present.expand_dims(-1).broadcast_to(t.shape)
        t = ops.where(present, t, ops.broadcast_to(self.missing_text, t.shape))
        h = self.img(image) + t
        if self.use_presence_token:
            h = h + self.presence_emb(text_present.astype(ms.int32))
        return self.head(h)


def make():
    np.random.seed(23)
    net = PresenceAwareFusion()
    img = Tensor(np.random.randn(4, 20).astype(np.float32))
    txt = Tensor(np.random.randn(4, 12).astype(np.float32))
    present = Tensor(np.array([True, False, True, True]))
    return net, (img, txt, present)
