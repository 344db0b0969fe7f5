# case: PatchTST backbone pads the end by stride, extracts strided patches with a comprehension over range(n) from x.shape, channel-independent reshape, flatten head -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PatchTSTLite(nn.Cell):
    def __init__(self, seq_len=32, pred_len=8, patch_len=8, stride=4, d_model=16, pad_end=True):
        super().__init__()
        self.patch_len = patch_len
        self.stride = stride
        self.pad_end = pad_end
        n_patches = (seq_len - patch_len) // stride + 1 + (1 if pad_end else 0)
        self.embed = nn.Dense(patch_len, d_model)
        self.pos = Parameter(ops.zeros((1, n_patches, d_model), ms.float32), name="pos")
        self.encoder = nn.TransformerEncoderLayer(d_model, nhead=2, dim_feedforward=32,
                                                  dropout=0.0, batch_first=True)
        self.head = nn.Dense(n_patches * d_model, pred_len)

    def patchify(self, x):
        # x: (B, C, L)
        if self.pad_end:
            x = ops.concat((x, ops.tile(x[:, :, -1:], (1, 1, self.stride))), axis=2)
        n = (x.shape[2] - self.patch_len) // self.stride + 1
        patches = [x[:, :, i * self.stride:i * self.stride + self.patch_len] for i in range(n)]
        return ops.stack(patches, axis=2)                    # (B, C, N, P)

    def construct(self, x):
        b, c, _ = x.shape
        patches = self.patchify(x)
        n = patches.shape[2]
        z = self.embed(patches.reshape(b * c, n, self.patch_len)) + self.pos
        z = self.encoder(z)
        y = self.head(z.reshape(b * c, -1))
        return y.reshape(b, c, -1)


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(2, 3, 32).astype(np.float32))
    return PatchTSTLite(), (x,)
