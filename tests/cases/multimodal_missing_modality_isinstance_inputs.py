# case: model accepts a tuple (image, text) or a bare image tensor, dispatching with isinstance/len on the input structure -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FlexibleInputEncoder(nn.Cell):
    def __init__(self, img_dim=20, txt_dim=12, hidden=16, num_classes=3):
        super().__init__()
        self.img = nn.Dense(img_dim, hidden)
        self.txt = nn.Dense(txt_dim, hidden)
        self.null_text = Parameter(ops.zeros((hidden,), ms.float32), name="null_text")
        self.head = nn.Dense(hidden, num_classes)

    def _unpack(self, batch):
        if isinstance(batch, (tuple, list)):
            if len(batch) == 2:
                return batch[0], batch[1]
            return batch[0], None
        return batch, None

    def construct(self, batch):
        image, text = self._unpack(batch)
        h = self.img(image)
        if text is not None:
            h = h + self.txt(text)
        else:
            h = h + self.null_text
        return self.head(h)


def make():
    np.random.seed(21)
    net = FlexibleInputEncoder()
    img = Tensor(np.random.randn(3, 20).astype(np.float32))
    txt = Tensor(np.random.randn(3, 12).astype(np.float32))
    return net, ((img, txt),)
