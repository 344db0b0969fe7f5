# case: modality dropout removes dropped samples' text rows via masked_select and scatters them back -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RowDropTextEncoder(nn.Cell):
    def __init__(self, txt_dim=12, hidden=16, p_drop=0.5):
        super().__init__()
        self.txt = nn.Dense(txt_dim, hidden, activation="relu")
        self.p_drop = p_drop
        self.hidden = hidden

    def construct(self, text, rand):
        # only encode text for samples that kept the modality (saves compute)
        keep = rand > self.p_drop
        keep_idx = ops.nonzero(keep).squeeze(-1)
        kept_text = ops.gather(text, keep_idx, 0)
        enc = self.txt(kept_text)
        full = ops.zeros((text.shape[0], self.hidden), ms.float32)
        return ops.tensor_scatter_update(full, keep_idx.expand_dims(-1), enc)


class DropoutFusionModel(nn.Cell):
    def __init__(self, img_dim=20, hidden=16, num_classes=3):
        super().__init__()
        self.img = nn.Dense(img_dim, hidden, activation="relu")
        self.text_enc = RowDropTextEncoder(hidden=hidden)
        self.head = nn.Dense(hidden, num_classes)

    def construct(self, image, text, rand):
        return self.head(self.img(image) + self.text_enc(text, rand))


def make():
    np.random.seed(20)
    net = DropoutFusionModel()
    img = Tensor(np.random.randn(5, 20).astype(np.float32))
    txt = Tensor(np.random.randn(5, 12).astype(np.float32))
    rand = Tensor(np.array([0.9, 0.1, 0.7, 0.3, 0.8], np.float32))
    return net, (img, txt, rand)
