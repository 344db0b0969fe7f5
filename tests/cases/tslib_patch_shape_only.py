# case: PatchTST-style patching where the patch count is computed from x.shape and a config stride, end padding by repeating the last step -> static, shape arithmetic only
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    def __init__(self, patch_len=16, stride=8, d_model=32, padding_patch="end"):
        self.patch_len = patch_len
        self.stride = stride
        self.d_model = d_model
        self.padding_patch = padding_patch


def pad_replicate_end(x, pad):
    last = x[..., -1:]
    return ops.concat((x, ops.tile(last, (1, 1, pad))), axis=-1)


class PatchEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_len = config.patch_len
        self.stride = config.stride
        self.padding_patch = config.padding_patch
        self.value_embedding = nn.Dense(config.patch_len, config.d_model, has_bias=False)

    def construct(self, x):
        # x: [batch, n_vars, seq_len]
        bs, n_vars, seq_len = x.shape
        if self.padding_patch == "end":
            x = pad_replicate_end(x, self.stride)
            seq_len = seq_len + self.stride
        n_patches = (seq_len - self.patch_len) // self.stride + 1
        patches = [x[:, :, i * self.stride: i * self.stride + self.patch_len] for i in range(n_patches)]
        x = ops.stack(patches, axis=2)
        x = x.reshape(bs * n_vars, n_patches, self.patch_len)
        return self.value_embedding(x), n_vars


def make():
    np.random.seed(3413)
    x = Tensor(np.random.randn(4, 7, 96).astype(np.float32))
    return PatchEmbedding(PatchConfig()), (x,)
