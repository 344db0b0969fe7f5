# case: hazard twin of the residual quantizer: the mask is a required construct argument, a Tensor, so dict(mask=mask, ...) holds tensor data and goes through the interpreter fallback (LAX) or fails (STRICT)
import numpy as np
from mindspore import nn, Tensor


class Residual(nn.Cell):
    def __init__(self):
        super().__init__()
        self.layer = nn.Dense(4, 4)

    def construct(self, x, mask):
        kwargs = dict(mask=mask, return_all_codes=False)
        out = self.layer(x)
        return out * kwargs["mask"]


def make():
    return Residual(), (Tensor(np.ones((2, 4), np.float32)), Tensor(np.ones((2, 4), np.float32)))
